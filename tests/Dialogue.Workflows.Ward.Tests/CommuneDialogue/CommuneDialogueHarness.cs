using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Ward.CommuneDialogue;
using NodaTime;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>A commune's 2027 dialogue: Tân Phú commune of Đồng Nai (names for the tests), formed from three former communes.</summary>
internal static class CommuneDialogueHarness
{
    public const string Session = CommuneDialoguePlanType.SessionKey;

    public static readonly (string Key, string Value)[] Commune =
    [
        ("commune", "Tân Phú"), ("province", "Đồng Nai"),
    ];

    public static PlanTypeHarness New(LocalDate today) => new(new CommuneDialoguePlanType(), today);

    public static (string Key, string Value)[] With(params (string Key, string Value)[] parameters) => [.. Commune, .. parameters];

    public static string Task(string key) => $"{key}@{Session}";

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    public static TimelineEntry Line(IReadOnlyList<TimelineEntry> timeline, string key) => timeline.Single(l => l.Id == Task(key));
}
