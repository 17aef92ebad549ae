namespace Dialogue.Workflows.Plans;

/// <summary>What kind of matter a citizen brings.</summary>
public enum PetitionCategory
{
    /// <summary>A request or recommendation (kiến nghị).</summary>
    Petition = 1,

    /// <summary>A report of a problem (phản ánh).</summary>
    Report = 2,

    /// <summary>A question or difficulty (thắc mắc, vướng mắc).</summary>
    Question = 3,

    /// <summary>An initiative or proposal (sáng kiến, đề xuất).</summary>
    Proposal = 4,

    /// <summary>A complaint (khiếu nại), handled under the Law on Complaints.</summary>
    Complaint = 5,

    /// <summary>A denunciation (tố cáo), handled under the Law on Denunciations.</summary>
    Denunciation = 6,
}
