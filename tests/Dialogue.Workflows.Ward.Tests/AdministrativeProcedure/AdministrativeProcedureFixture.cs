using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>
/// The administrative-procedure plan type in a <see cref="PlanTypeHarness"/>, with the actors of the
/// Phường 1 2021 plan.
/// </summary>
internal sealed class AdministrativeProcedureFixture(LocalDate today)
    : PlanTypeHarness(new AdministrativeProcedurePlanType(), today, "p1-tthc-2021")
{
    public const string Conference = AdministrativeProcedurePlanType.SessionKey;

    public static readonly Actor Clerk = new("vp-thongke", "Công chức Văn phòng – Thống kê", "office");
    public static readonly Actor ClerkByOrder = Clerk with { Signing = SigningForm.ByOrder };
    public static readonly Actor Department = new("tu-phap-ho-tich", "Công chức Tư pháp – Hộ tịch", "departments");
    public static readonly Actor Chairman = new("chu-tich", "Chủ tịch UBND phường", "committee") { Position = UnitPosition.Head };
    public static readonly Actor ViceChairman = new("pho-chu-tich", "Phó Chủ tịch UBND phường", "committee")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    /// <summary>The id of a task repeated for the conference.</summary>
    public static string AtConference(string taskKey) => $"{taskKey}@{Conference}";

    /// <summary>Creates the plan, drawn up by the office's clerk.</summary>
    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) => CreateAsync(Clerk, parameters);
}
