using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>The district-council plan type in a <see cref="PlanTypeHarness"/>, with the actors of the Sơn Động 2024 plan.</summary>
internal sealed class DistrictCouncilFixture(LocalDate today) : PlanTypeHarness(new DistrictCouncilPlanType(), today, "son-dong-2024")
{
    public static readonly Actor Clerk = new("vp-01", "Chuyên viên Văn phòng HĐND và UBND huyện", "office");
    public static readonly Actor ClerkByOrder = Clerk with { Signing = SigningForm.ByOrder };
    public static readonly Actor OfficeChief = new("cvp", "Chánh Văn phòng HĐND và UBND huyện", "office") { Position = UnitPosition.Head };
    public static readonly Actor Chairman = new("ct-hdnd", "Chủ tịch HĐND huyện", "chairman") { Position = UnitPosition.Head, Signing = SigningForm.OnBehalfOf };
    public static readonly Actor ViceChairman = new("pct-hdnd", "Phó Chủ tịch HĐND huyện", "chairman")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    public static readonly Actor CommitteeChairman = new("ct-ubnd", "Chủ tịch UBND huyện", "district-pc") { Position = UnitPosition.Head };
    public static readonly Actor AgencyHead = new("tp-nn", "Trưởng phòng Nông nghiệp và PTNT huyện", "agencies") { Position = UnitPosition.Head };
    public static readonly Actor AgencyOfficer = new("cv-nn", "Chuyên viên phòng Nông nghiệp và PTNT huyện", "agencies");
    public static readonly Actor FrontOfficer = new("mttq-01", "Ủy ban MTTQ huyện", "front");
    public static readonly Actor CommuneOfficer = new("an-ba", "Công chức Văn phòng - Thống kê xã An Bá", "communes");

    /// <summary>Creates the plan, drawn up by the office's clerk.</summary>
    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) => CreateAsync(Clerk, parameters);
}
