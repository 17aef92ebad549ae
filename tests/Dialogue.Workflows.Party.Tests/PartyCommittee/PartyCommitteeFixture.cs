using Dialogue.Workflows.Party.PartyCommittee;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>The party-committee plan type in a <see cref="PlanTypeHarness"/>, with the actors of the Phường IV 2023 plan.</summary>
internal sealed class PartyCommitteeFixture(LocalDate today) : PlanTypeHarness(new PartyCommitteePlanType(), today, "phuong-iv-2023")
{
    public static readonly Actor Office = new("vp-du", "Văn phòng Đảng ủy", "Đảng ủy Phường IV");
    public static readonly Actor Secretary = new("bt-du", "Bí thư Đảng ủy", "Đảng ủy Phường IV");
    public static readonly Actor CouncilChair = new("ct-hdnd", "Chủ tịch HĐND Phường", "HĐND Phường IV");
    public static readonly Actor CommitteeChair = new("ct-ubnd", "Chủ tịch UBND Phường", "UBND Phường IV");
    public static readonly Actor FrontOfficer = new("mttq", "Chủ tịch Ủy ban MTTQ Phường", "UBMTTQ Phường IV");

    /// <summary>Creates the plan, drawn up by the Party committee's office.</summary>
    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) => CreateAsync(Office, parameters);
}
