using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>The people of a commune's dialogue in 2027, each in the unit of the plan they belong to.</summary>
internal static class CommuneDialogueActors
{
    public static readonly Actor Clerk = new("vp-01", "Công chức Văn phòng HĐND và UBND xã", "office");
    public static readonly Actor ClerkByOrder = Clerk with { Signing = SigningForm.ByOrder };
    public static readonly Actor Chairman = new("ct", "Chủ tịch UBND xã", "chairman") { Position = UnitPosition.Head };
    public static readonly Actor ViceChairman = new("pct", "Phó Chủ tịch UBND xã", "chairman") { Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead };
    public static readonly Actor CouncilChair = new("cthdnd", "Chủ tịch HĐND xã", "council") { Position = UnitPosition.Head };
    public static readonly Actor CouncilViceChair = new("pcthdnd", "Phó Chủ tịch HĐND xã", "council")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    public static readonly Actor Front = new("mttq", "Chủ tịch Ủy ban MTTQ xã", "front") { Position = UnitPosition.Head };
    public static readonly Actor PartySecretary = new("bt", "Bí thư Đảng ủy xã", "party") { Position = UnitPosition.Head };
    public static readonly Actor DepartmentHead = new("kt", "Trưởng phòng Kinh tế", "departments") { Position = UnitPosition.Head };
    public static readonly Actor DepartmentOfficer = new("kt-01", "Chuyên viên phòng Kinh tế", "departments");
    public static readonly Actor Province = new("tinh", "Chủ tịch UBND tỉnh", "province") { Position = UnitPosition.Head };
}
