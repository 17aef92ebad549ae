namespace Dialogue.Workflows.Plans;

/// <summary>Who answers petitions of one domain: "Đồng chí Bí thư Đảng ủy trả lời lĩnh vực liên quan vai trò lãnh đạo của Đảng".</summary>
/// <param name="Domain">A stable key of the domain, e.g. <c>party-leadership</c>.</param>
/// <param name="Name">The domain, in Vietnamese.</param>
/// <param name="EnglishName">The domain, in English.</param>
/// <param name="AnsweredBy">The answering official, in Vietnamese.</param>
/// <param name="EnglishAnsweredBy">The answering official, in English.</param>
public sealed record PetitionRoute(string Domain, string Name, string EnglishName, string AnsweredBy, string EnglishAnsweredBy)
{
    /// <summary>
    /// The key of the unit whose head answers this domain (<c>secretary</c>), or null when the route
    /// names no unit of the plan. When set, only that unit answers the domain's petitions (a deputy KT.).
    /// </summary>
    public string? Unit { get; init; }
}
