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
}
