using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;

namespace Dialogue.Workflows.Testing;

/// <summary>
/// Drives a created plan with a sequence of moves — each a command of a random kind, by a random actor,
/// on a random session, task or petition, or a step of the clock — and checks after every accepted command
/// that a completed plan has no open duty and no petition without a result.
/// </summary>
/// <remarks>
/// Refusals (<see cref="DialogueWorkflowException"/>) are expected and skipped: the law is about what the
/// engine accepts. Some moves act in bulk (every open task) so that random runs do reach completion.
/// </remarks>
/// <param name="harness">The harness whose plan <see cref="PlanTypeHarness.PlanId"/> has been created.</param>
/// <param name="actors">The actors to draw from: right and wrong units, heads, deputies and clerks.</param>
public sealed class RandomPlanRun(PlanTypeHarness harness, IReadOnlyList<Actor> actors)
{
    private const int Kinds = 18;

    /// <summary>How many runs ended with the plan completed (to see that the law is exercised).</summary>
    public int Completed { get; private set; }

    /// <summary>Runs the moves; returns false as soon as a completed plan breaks the law.</summary>
    /// <param name="moves">Non-negative numbers, each one move.</param>
    /// <returns>Whether the law held after every accepted command.</returns>
    public async Task<bool> RunAsync(IEnumerable<int> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        foreach (var move in moves.Select(Math.Abs))
        {
            var plan = await harness.Engine.GetAsync(harness.PlanId);
            var actor = actors[move / Kinds % actors.Count];
            var pick = move / (Kinds * actors.Count);
            foreach (var command in Commands(plan, move % Kinds, actor, pick))
            {
                try
                {
                    plan = await harness.RunAsync(command);
                }
                catch (DialogueWorkflowException)
                {
                    continue;
                }

                if (!Holds(plan))
                {
                    return false;
                }
            }

            if (plan.Status == PlanStatus.Completed)
            {
                Completed++;
                return true;
            }
        }

        return true;
    }

    /// <summary>The law: a completed plan has every task done or waived (but those of cancelled sessions) and every petition a result.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Whether it holds.</returns>
    public static bool Holds(PlanInstance plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Completed)
        {
            return true;
        }

        var cancelled = plan.Sessions.Where(s => s.Status == SessionStatus.Cancelled).Select(s => s.Key).ToHashSet();
        return plan.Tasks.All(t => t.Status != PlanTaskStatus.Open || (t.Session is { } s && cancelled.Contains(s)))
            && plan.Petitions.All(p => p.HasResult);
    }

    private IEnumerable<PlanCommand> Commands(PlanInstance plan, int kind, Actor by, int pick)
    {
        var session = plan.Sessions.Count == 0 ? null : plan.Sessions[pick % plan.Sessions.Count];
        var petition = plan.Petitions.Count == 0 ? null : plan.Petitions[pick % plan.Petitions.Count];
        var open = plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open).ToList();
        var today = harness.Clock.GetCurrentInstant().InZone(VietnamTime.Zone).Date;
        var domains = plan.Definition.Petitions.Routes.Select(r => r.Domain).ToList();
        switch (kind)
        {
            case 0:
                yield return new IssuePlan { By = by };
                break;
            case 1 when session is not null:
                yield return new ScheduleSession { By = by, Session = session.Key, Date = today.PlusDays(10 + (pick % 40)) };
                break;
            case 2 when session is not null:
                yield return new AnnounceSession { By = by, Session = session.Key };
                break;
            case 3 when session?.Date is { } date:
                if (date >= today)
                {
                    harness.Today(date);
                }

                yield return new HoldSession { By = by, Session = session.Key };
                break;
            case 4 when session is not null:
                yield return new ConcludeSession { By = by, Session = session.Key };
                break;
            case 5 when session is not null:
                yield return new ReportSession { By = by, Session = session.Key };
                break;
            case 6 when session is not null:
                yield return new CloseSession { By = by, Session = session.Key };
                break;
            case 7:
                foreach (var task in open)
                {
                    yield return new CompleteTask { By = by, Task = task.Id };
                }

                break;
            case 8 when open.Count > 0:
                yield return new WaiveTask { By = by, Task = open[pick % open.Count].Id, Reason = "Không cần thực hiện" };
                break;
            case 9:
                yield return new ReceivePetition
                {
                    By = by, Session = session?.Key, Subject = "Kiến nghị", Petitioner = "Công dân", Channel = (PetitionChannel)(1 + (pick % 4)),
                };
                break;
            case 10 when petition is not null:
                yield return new ClassifyPetition
                {
                    By = by, Petition = petition.Id, Category = PetitionCategory.Petition,
                    Domain = domains.Count == 0 ? null : domains[pick % domains.Count],
                };
                break;
            case 11 when petition is not null:
                yield return new AssignPetition { By = by, Petition = petition.Id, Unit = plan.Definition.Units[pick % plan.Definition.Units.Count].Key };
                break;
            case 12 when petition is not null:
                yield return new AnswerPetition { By = by, Petition = petition.Id, Mode = pick % 2 == 0 ? AnswerMode.InWriting : AnswerMode.AtSession, Summary = "Trả lời" };
                break;
            case 13 when petition is not null:
                yield return new RejectPetition { By = by, Petition = petition.Id, Reason = (RejectionReason)(1 + (pick % 3)), Explanation = "Không thuộc nội dung" };
                break;
            case 14 when petition is not null:
                yield return new NotifyPetitionResult { By = by, Petition = petition.Id };
                yield return new ClosePetition { By = by, Petition = petition.Id };
                break;
            case 15:
                yield return new CompletePlan { By = by };
                break;
            case 16 when session is not null:
                yield return new CancelSession { By = by, Session = session.Key, Reason = "Không tổ chức được" };
                yield return new AddAdHocSession { By = by, Title = "Buổi thay thế", Date = today.PlusDays(10 + (pick % 30)), Replaces = session.Key };
                break;
            case 17:
                harness.Today(today.PlusDays(1 + (pick % 20)));
                break;
        }
    }
}
