namespace Dialogue.Workflows.Runtime;

/// <summary>
/// Who performs a command: the user, the role they act in, their unit in the plan, their position
/// in it and how they sign. Every event records it, and the plan's authority is checked against it.
/// </summary>
/// <param name="UserId">The host's user id (an account name, an employee number).</param>
/// <param name="Role">The role acted in, as a title, e.g. "Chủ tịch UBND phường", "Công chức Văn phòng".</param>
/// <param name="Unit">
/// The actor's unit in the plan, by its key (<c>office</c>, <c>chairman</c>) or its name as the plan
/// writes it ("Văn phòng phường"): the plan's authority names units, not people.
/// </param>
/// <example>
/// <code>
/// var clerk = new Actor("vp-01", "Công chức Văn phòng", "office");
/// var chairman = new Actor("ct", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head, Signing = SigningForm.OnBehalfOf };
/// var deputy = new Actor("pct", "Phó Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead };
/// </code>
/// </example>
public sealed record Actor(string UserId, string Role, string Unit)
{
    /// <summary>The user id.</summary>
    /// <exception cref="ArgumentException">It is empty.</exception>
    public string UserId { get; init; } = string.IsNullOrWhiteSpace(UserId)
        ? throw new ArgumentException("An actor needs a user id (người thực hiện).", nameof(UserId))
        : UserId;

    /// <summary>The role acted in.</summary>
    public string Role { get; init; } = Role ?? string.Empty;

    /// <summary>The actor's unit in the plan, by key or name.</summary>
    public string Unit { get; init; } = Unit ?? string.Empty;

    /// <summary>The actor's position in the unit. Default: staff.</summary>
    public UnitPosition Position { get; init; }

    /// <summary>How the actor signs this act. Default: in their own name.</summary>
    public SigningForm Signing { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{UserId} ({Role}, {Unit}{(Position == UnitPosition.Staff ? string.Empty : $", {Position}")}{(Signing == SigningForm.Direct ? string.Empty : $", {Words.Signing(Signing)}")})";
}
