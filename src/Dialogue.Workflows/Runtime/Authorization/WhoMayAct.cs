namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>One way an action may be taken, in words: "Chủ tịch UBND phường (ký trực tiếp hoặc TM.; cấp phó ký KT.)".</summary>
/// <param name="Text">In Vietnamese.</param>
/// <param name="EnglishText">In English.</param>
public sealed record WhoMayAct(string Text, string EnglishText);
