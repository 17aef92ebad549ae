using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;

namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>A cancelled or closed session takes no more petitions.</summary>
internal sealed class PetitionSessionOpenRule : CommandRule
{
    public override string Code => "petition.session-closed";

    public override string Title => "Buổi đối thoại đã hủy hoặc kết thúc không nhận thêm kiến nghị";

    public override string EnglishTitle => "A cancelled or closed session takes no more petitions";

    public override IReadOnlyList<Type> Governs { get; } = [typeof(ReceivePetition)];

    public override GuardResult Check(RuleContext context)
    {
        var key = ((ReceivePetition)context.Command).Session;
        var session = key is null ? null : context.Plan.Session(key);
        return session?.Status is not (SessionStatus.Cancelled or SessionStatus.Closed)
            ? Pass()
            : Fail($"Buổi đối thoại '{session.Key}' đã {(session.Status == SessionStatus.Cancelled ? "bị hủy" : "kết thúc")}: không nhận thêm kiến nghị cho buổi này.",
                $"Session '{session.Key}' is {session.Status}: it takes no more petitions.");
    }
}
