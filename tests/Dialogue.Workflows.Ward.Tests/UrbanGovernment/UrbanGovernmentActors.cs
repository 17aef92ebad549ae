using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>The people of the Hà Cầu 2024 plan, each in the unit of the plan they belong to.</summary>
internal static class UrbanGovernmentActors
{
    public static readonly Actor Clerk = new("vp-01", "Công chức Văn phòng - Thống kê", "office");
    public static readonly Actor ClerkByOrder = Clerk with { Signing = SigningForm.ByOrder };
    public static readonly Actor Chairman = new("ct", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head };
    public static readonly Actor ViceChairman = new("pct", "Phó Chủ tịch UBND phường", "chairman")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    public static readonly Actor Radio = new("dtt", "Nhân viên Đài Truyền thanh phường", "radio");
    public static readonly Actor Specialist = new("dc-01", "Công chức Địa chính - Xây dựng", "specialists");
    public static readonly Actor SpecialistHead = Specialist with { UserId = "dc-head", Position = UnitPosition.Head };
    public static readonly Actor Police = new("ca", "Trưởng Công an phường", "police") { Position = UnitPosition.Head };
    public static readonly Actor Front = new("mttq", "Chủ tịch Ủy ban MTTQ phường", "front") { Position = UnitPosition.Head };
}
