namespace Dialogue.Workflows.Runtime;

/// <summary>Who performs a command: the user, the role they act in, and their unit. Every event records it.</summary>
/// <param name="UserId">The host's user id (an account name, an employee number).</param>
/// <param name="Role">The role acted in, e.g. "Chủ tịch UBND phường", "Văn phòng".</param>
/// <param name="Unit">The user's unit, e.g. "UBND phường Chánh Lộ".</param>
public sealed record Actor(string UserId, string Role, string Unit)
{
    /// <summary>The user id.</summary>
    /// <exception cref="ArgumentException">It is empty.</exception>
    public string UserId { get; init; } = string.IsNullOrWhiteSpace(UserId)
        ? throw new ArgumentException("An actor needs a user id (người thực hiện).", nameof(UserId))
        : UserId;

    /// <summary>The role acted in.</summary>
    public string Role { get; init; } = Role ?? string.Empty;

    /// <summary>The user's unit.</summary>
    public string Unit { get; init; } = Unit ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{UserId} ({Role}, {Unit})";
}
