namespace Dialogue.Workflows.AspNetCore;

/// <summary>The signed-in user carries no identity the actor mapping can make an actor of.</summary>
internal sealed class ActorUnknownException : DialogueWorkflowException
{
    /// <summary>The error code.</summary>
    public const string Code = "actor.unknown";

    public ActorUnknownException()
        : base(Code, "The signed-in user carries no user id, or an unknown position or signing form, so they cannot act on plans.")
    {
    }
}
