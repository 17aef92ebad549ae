using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A petition is answered "at the session" only once its session has been held.</summary>
internal sealed class AnswerAtHeldSessionRule : CommandRule
{
    public override string Code => "petition.session-not-held";

    public override string Title => "Chỉ trả lời trực tiếp tại hội nghị khi buổi đối thoại đã được tổ chức";

    public override string EnglishTitle => "A petition is answered at the session only once that session is held";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AnswerPetition)];

    public override GuardResult Check(RuleContext context)
    {
        var command = (AnswerPetition)context.Command;
        if (command.Mode != AnswerMode.AtSession)
        {
            return Pass();
        }

        var petition = context.Plan.Petition(command.Petition);
        var session = petition.Session is null ? null : context.Plan.Session(petition.Session);
        return session?.HeldOn is { } held && held <= context.Today
            ? Pass()
            : Fail("Chỉ trả lời trực tiếp tại hội nghị khi buổi đối thoại của kiến nghị đã được tổ chức.",
                "A petition is answered at the session only once its session has been held.");
    }
}
