using Dialogue.Workflows.Runtime.Authorization;

namespace Dialogue.Workflows.Testing;

/// <summary>Checks one row of an authority table: the act is allowed, or refused with the expected reason code.</summary>
public static class AuthorityAssert
{
    /// <summary>Runs <paramref name="act"/> and checks its outcome.</summary>
    /// <param name="act">The command, run by the actor of the row.</param>
    /// <param name="denied">
    /// Null when the act must be allowed; otherwise the <see cref="AuthorizationDeniedException.Reason"/> expected
    /// (<c>authorization.wrong-unit</c>, <c>authorization.signing-form</c>, <c>authorization.position</c>, …).
    /// </param>
    /// <returns>A task that completes when the check is done.</returns>
    public static async Task OutcomeAsync(Func<Task> act, string? denied)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (denied is null)
        {
            await act();
            return;
        }

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(act);
        Assert.Equal(denied, error.Reason);
        Assert.NotEmpty(error.MayAct);
    }
}
