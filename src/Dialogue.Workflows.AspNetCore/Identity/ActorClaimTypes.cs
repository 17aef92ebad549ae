namespace Dialogue.Workflows.AspNetCore.Identity;

/// <summary>The default claim names for who acts; see <see cref="ActorClaimOptions"/>.</summary>
public static class ActorClaimTypes
{
    /// <summary>The title recorded with each act: <c>Chủ tịch UBND phường</c>.</summary>
    public const string Title = "dialogue:title";

    /// <summary>The user's unit in the plan, by key or name: <c>office</c>.</summary>
    public const string Unit = "dialogue:unit";

    /// <summary>The user's position in the unit: <c>head</c>, <c>deputy</c>, <c>staff</c>.</summary>
    public const string Position = "dialogue:position";

    /// <summary>The form the user signs in: <c>TM</c>, <c>KT</c>, <c>TL</c>, <c>TUQ</c> or <c>direct</c>.</summary>
    public const string Signing = "dialogue:signing";
}
