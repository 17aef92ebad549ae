namespace Dialogue.Workflows.Plans;

/// <summary>A body a plan's results are reported to ("Thường trực HĐND tỉnh", "UBND quận (qua Văn phòng)").</summary>
/// <param name="Name">The recipient, in Vietnamese.</param>
/// <param name="EnglishName">The recipient, in English.</param>
public sealed record ReportRecipient(string Name, string EnglishName);
