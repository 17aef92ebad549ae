using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>The people of the Chánh Lộ 2023 plan, each in the unit of the plan they belong to.</summary>
internal static class WardChairmanActors
{
    public static readonly Actor Clerk = new("vp-01", "Công chức Văn phòng", "office");
    public static readonly Actor Chairman = new("ct", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head };
    public static readonly Actor ViceChairman = new("pct", "Phó Chủ tịch UBND phường", "chairman")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    public static readonly Actor ClerkByOrder = Clerk with { Signing = SigningForm.ByOrder };
    public static readonly Actor City = new("tp", "Chủ tịch UBND thành phố", "city") { Position = UnitPosition.Head };
    public static readonly Actor Front = new("mttq", "Chủ tịch Ủy ban MTTQ phường", "front") { Position = UnitPosition.Head };
    public static readonly Actor Justice = new("tp-01", "Công chức Tư pháp - Hộ tịch", "justice");
    public static readonly Actor JusticeHead = Justice with { UserId = "tp-head", Position = UnitPosition.Head };
    public static readonly Actor Police = new("ca-01", "Trưởng Công an phường", "police") { Position = UnitPosition.Head };
    public static readonly Actor LandHead = new("dc", "Công chức Địa chính - Môi trường", "land") { Position = UnitPosition.Head };
}
