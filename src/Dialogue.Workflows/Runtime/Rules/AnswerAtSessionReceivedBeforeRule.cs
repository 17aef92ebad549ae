using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using static Dialogue.Workflows.Runtime.Rules.RuleText;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>Only a petition received by the day of its session can have been answered at that session.</summary>
internal sealed class AnswerAtSessionReceivedBeforeRule : CommandRule
{
    public override string Code => "petition.received-after-session";

    public override string Title => "Chỉ kiến nghị nhận được đến ngày hội nghị mới được trả lời tại hội nghị";

    public override string EnglishTitle => "Only a petition received by the session's day is answered at the session";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AnswerPetition)];

    public override GuardResult Check(RuleContext context)
    {
        var command = (AnswerPetition)context.Command;
        if (command.Mode != AnswerMode.AtSession)
        {
            return Pass();
        }

        var petition = context.Plan.Petition(command.Petition);
        var held = petition.Session is null ? null : context.Plan.Session(petition.Session).HeldOn;
        return held is not { } day || petition.ReceivedOn <= day
            ? Pass()
            : Fail($"Kiến nghị {petition.Id} nhận ngày {Vi(petition.ReceivedOn)}, sau buổi đối thoại ngày {Vi(day)}: không thể đã được trả lời tại hội nghị; hãy trả lời bằng văn bản.",
                $"Petition {petition.Id} was received on {Iso(petition.ReceivedOn)}, after the session on {Iso(day)}: it cannot have been answered there; answer it in writing.");
    }
}
