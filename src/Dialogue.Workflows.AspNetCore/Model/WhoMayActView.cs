namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>Who may take an action, each way in Vietnamese and in English, in the same order.</summary>
/// <param name="Vi">Each way, in Vietnamese: <c>Chủ tịch UBND phường: người đứng đầu ký trực tiếp hoặc TM., cấp phó ký KT.</c>.</param>
/// <param name="En">Each way, in English.</param>
public sealed record WhoMayActView(IReadOnlyList<string> Vi, IReadOnlyList<string> En);
