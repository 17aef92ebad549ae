namespace Dialogue.Workflows.Plans;

/// <summary>A unit a plan gives tasks to: "Văn phòng phường", "Bộ phận Tư pháp phường", "Tổ trưởng tổ dân phố 3".</summary>
/// <param name="Key">A short stable key, unique in the plan, e.g. <c>office</c>, <c>justice</c>, <c>group-3</c>.</param>
/// <param name="Name">The unit's official Vietnamese name, as the document writes it.</param>
/// <param name="EnglishName">The unit's English name.</param>
public sealed record ResponsibleUnit(string Key, string Name, string EnglishName);
