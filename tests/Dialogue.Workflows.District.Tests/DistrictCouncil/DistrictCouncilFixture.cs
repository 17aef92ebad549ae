using Dialogue.Workflows.District.DistrictCouncil;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.District.Tests.DistrictCouncil;

/// <summary>The district-council plan type in a <see cref="PlanTypeHarness"/>, with the actors of the Sơn Động 2024 plan.</summary>
internal sealed class DistrictCouncilFixture(LocalDate today) : PlanTypeHarness(new DistrictCouncilPlanType(), today, "son-dong-2024")
{
    public static readonly Actor Clerk = new("vp-01", "Chuyên viên Văn phòng HĐND và UBND huyện", "HĐND huyện Sơn Động");
    public static readonly Actor Chairman = new("ct-hdnd", "Chủ tịch HĐND huyện", "HĐND huyện Sơn Động");
    public static readonly Actor FrontOfficer = new("mttq-01", "Ủy ban MTTQ huyện", "UBMTTQ huyện Sơn Động");

    /// <summary>Creates the plan, drawn up by the office's clerk.</summary>
    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) => CreateAsync(Clerk, parameters);
}
