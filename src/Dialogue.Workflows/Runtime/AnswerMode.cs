namespace Dialogue.Workflows.Runtime;

/// <summary>How a petition was answered.</summary>
public enum AnswerMode
{
    /// <summary>Directly at the session (trả lời trực tiếp tại hội nghị).</summary>
    AtSession = 1,

    /// <summary>In writing (trả lời bằng văn bản), e.g. to an absent registrant at their address.</summary>
    InWriting = 2,
}
