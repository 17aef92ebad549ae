using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime;

/// <summary>Vietnamese words for runtime values, for messages.</summary>
internal static class Words
{
    public static string Category(PetitionCategory? category) => category switch
    {
        PetitionCategory.Petition => "kiến nghị",
        PetitionCategory.Report => "phản ánh",
        PetitionCategory.Question => "thắc mắc",
        PetitionCategory.Proposal => "đề xuất",
        PetitionCategory.Complaint => "khiếu nại",
        PetitionCategory.Denunciation => "tố cáo",
        _ => "chưa phân loại",
    };

    /// <summary>The signing form's abbreviation as documents print it: TM., KT., TL., TUQ.; empty for a signature in one's own name.</summary>
    public static string Signing(SigningForm form) => form switch
    {
        SigningForm.OnBehalfOf => "TM.",
        SigningForm.ForTheHead => "KT.",
        SigningForm.ByOrder => "TL.",
        SigningForm.ByDelegation => "TUQ.",
        _ => string.Empty,
    };

    public static string Position(UnitPosition position) => position switch
    {
        UnitPosition.Head => "người đứng đầu",
        UnitPosition.Deputy => "cấp phó",
        _ => "công chức, nhân viên",
    };
}
