using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A form registered after the window is not answered at the session: it is answered in writing or rejected.</summary>
internal sealed class AnswerAtSessionOnTimeRule : CommandRule
{
    public override string Code => "petition.late-registration";

    public override string Title => "Phiếu đăng ký gửi quá thời hạn không được trả lời tại hội nghị";

    public override string EnglishTitle => "A form registered after the window is not answered at the session";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(AnswerPetition)];

    public override bool AppliesTo(Plans.PlanDefinition definition) => definition.Petitions.RegistrationWindow is not null;

    public override GuardResult Check(RuleContext context)
    {
        var command = (AnswerPetition)context.Command;
        return command.Mode != AnswerMode.AtSession || context.Plan.Petition(command.Petition).OnTime
            ? Pass()
            : Fail("Phiếu đăng ký gửi quá thời hạn không được trả lời tại hội nghị: hãy trả lời bằng văn bản hoặc từ chối.",
                "A form registered after the window is not answered at the session: answer it in writing or reject it.");
    }
}
