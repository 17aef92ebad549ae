using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;

namespace Dialogue.Workflows.Testing;

/// <summary>
/// Drives a created plan with a sequence of moves and checks, after every accepted command, that a
/// completed plan has no open duty and no petition without a result.
/// </summary>
/// <remarks>
/// <para>
/// Most moves take, for a random actor, one of the actions the engine lists as permitted to that actor
/// now (with the values a command needs drawn from the move), so that runs walk the plan forward and do
/// reach completion; the others receive a petition, move the clock (to the next session's day, or a few
/// days on), try to complete the plan, or have the actor record every open task. Refusals
/// (<see cref="DialogueWorkflowException"/>) are expected and skipped: the law is about what the engine accepts.
/// </para>
/// <para><see cref="Completed"/> counts the runs that reached completion, so a test can show the law is exercised.</para>
/// </remarks>
/// <param name="harness">The harness whose plan <see cref="PlanTypeHarness.PlanId"/> has been created.</param>
/// <param name="actors">The actors to draw from: right and wrong units, heads, deputies and clerks.</param>
public sealed class RandomPlanRun(PlanTypeHarness harness, IReadOnlyList<Actor> actors)
{
    /// <summary>How many runs ended with the plan completed (to see that the law is exercised).</summary>
    public int Completed { get; private set; }

    /// <summary>Runs the moves; returns false as soon as a completed plan breaks the law.</summary>
    /// <param name="moves">Numbers, each one move.</param>
    /// <returns>Whether the law held after every accepted command.</returns>
    public async Task<bool> RunAsync(IEnumerable<int> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        foreach (var move in moves.Select(m => (int)((uint)m % int.MaxValue)))
        {
            var plan = await harness.Engine.GetAsync(harness.PlanId);
            var actor = actors[move % actors.Count];
            var pick = move / actors.Count;
            foreach (var command in Commands(plan, actor, pick))
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

    /// <summary>Runs many seeded sequences and counts how many reached a completed plan; false if any broke the law.</summary>
    /// <param name="create">Makes a fresh harness with its plan created, for each run.</param>
    /// <param name="actors">The actors to draw from.</param>
    /// <param name="runs">How many runs.</param>
    /// <param name="seed">The seed of the moves, so that the result is repeatable.</param>
    /// <returns>Whether the law held in every run, and how many runs completed the plan.</returns>
    public static (bool Held, int Completed) Seeded(Func<PlanTypeHarness> create, IReadOnlyList<Actor> actors, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(create);
        var random = new Random(seed);
        var completed = 0;
        for (var i = 0; i < runs; i++)
        {
            var run = new RandomPlanRun(create(), actors);
            var moves = Enumerable.Range(0, 400).Select(_ => random.Next()).ToList();
            if (!run.RunAsync(moves).GetAwaiter().GetResult())
            {
                return (false, completed);
            }

            completed += run.Completed;
        }

        return (true, completed);
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

    private IEnumerable<PlanCommand> Commands(PlanInstance plan, Actor by, int pick)
    {
        var today = harness.Clock.GetCurrentInstant().InZone(VietnamTime.Zone).Date;
        switch (pick % 12)
        {
            case 0:
                yield return new ReceivePetition
                {
                    By = by, Session = plan.Sessions.Count == 0 || pick % 3 == 0 ? null : plan.Sessions[pick / 12 % plan.Sessions.Count].Key,
                    Subject = "Kiến nghị", Petitioner = "Công dân", Channel = (PetitionChannel)(1 + (pick / 12 % 4)),
                };
                break;
            case 1 when pick / 12 % 8 != 0 && plan.Sessions.Any(s => s.Date == today && s.Status is SessionStatus.Scheduled or SessionStatus.Announced):
                // A session's day is not over before the session is held (mostly): the clock waits.
                break;
            case 1:
                // The clock goes to the next session's day when one is coming, else a few days on.
                var next = plan.Sessions.Where(s => s.Date is { } d && d > today && s.Status is SessionStatus.Scheduled or SessionStatus.Announced)
                    .Select(s => s.Date!.Value).DefaultIfEmpty(today.PlusDays(1 + (pick / 12 % 7))).Min();
                harness.Today(pick / 12 % 4 == 0 ? today.PlusDays(1 + (pick / 12 % 5)) : next);
                break;
            case 2:
                yield return new CompletePlan { By = by };
                break;
            case 3:
                foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open))
                {
                    yield return new CompleteTask { By = by, Task = task.Id };
                }

                break;
            default:
                var allowed = harness.Engine.PermittedActions(plan, by).Where(a => a.Allowed).ToList();
                if (allowed.Count > 0 && Command(plan, allowed[pick / 12 % allowed.Count], by, pick / 12, today) is { } command)
                {
                    yield return command;
                }

                break;
        }
    }

    private static PlanCommand? Command(PlanInstance plan, PermittedAction action, Actor by, int pick, LocalDate today)
    {
        var id = action.EntityId;
        var units = plan.Definition.Units;
        var domains = plan.Definition.Petitions.Routes.Select(r => r.Domain).ToList();
        return action.Action switch
        {
            PlanAction.Issue => new IssuePlan { By = by },
            PlanAction.Complete => new CompletePlan { By = by },
            PlanAction.ScheduleSession => new ScheduleSession { By = by, Session = id, Date = DateFor(plan.Session(id), today, pick) },
            PlanAction.RescheduleSession => new RescheduleSession { By = by, Session = id, NewDate = DateFor(plan.Session(id), today, pick), Reason = "Đổi lịch" },
            PlanAction.CancelSession => new CancelSession { By = by, Session = id, Reason = "Không tổ chức được" },
            PlanAction.AnnounceSession => new AnnounceSession { By = by, Session = id },
            PlanAction.HoldSession => new HoldSession { By = by, Session = id },
            PlanAction.AnswerSessionInWriting => new AnswerSessionInWriting { By = by, Session = id, Reason = "Không tổ chức được hội nghị" },
            PlanAction.ConcludeSession => new ConcludeSession { By = by, Session = id },
            PlanAction.ReportSession => new ReportSession { By = by, Session = id },
            PlanAction.CloseSession => new CloseSession { By = by, Session = id },
            PlanAction.CompleteTask => new CompleteTask { By = by, Task = id },
            PlanAction.WaiveTask => new WaiveTask { By = by, Task = id, Reason = "Không cần thực hiện" },
            PlanAction.ClassifyPetition => new ClassifyPetition
            {
                By = by, Petition = id, Category = (PetitionCategory)(1 + (pick % 6)), Domain = domains.Count == 0 ? null : domains[pick % domains.Count],
            },
            PlanAction.AssignPetition => new AssignPetition { By = by, Petition = id, Unit = units[pick % units.Count].Key },
            PlanAction.AnswerPetition => new AnswerPetition { By = by, Petition = id, Mode = pick % 2 == 0 ? AnswerMode.InWriting : AnswerMode.AtSession, Summary = "Trả lời" },
            PlanAction.RedirectPetition => new RedirectPetition { By = by, Petition = id, CompetentBody = "Cơ quan có thẩm quyền", Guidance = "Hướng dẫn" },
            PlanAction.EscalatePetition => new EscalatePetition { By = by, Petition = id, To = "Cấp trên" },
            PlanAction.RejectPetition => new RejectPetition { By = by, Petition = id, Reason = (RejectionReason)(1 + (pick % 3)), Explanation = "Không thuộc nội dung" },
            PlanAction.NotifyPetitionResult => new NotifyPetitionResult { By = by, Petition = id },
            PlanAction.ClosePetition => new ClosePetition { By = by, Petition = id },
            // Postponing, extending and cancelling the plan stall or end a run without telling anything about completion.
            _ => null,
        };
    }

    /// <summary>A day for a session, mostly within its planned period and at least ten days ahead (so that its notice can still go out).</summary>
    private static LocalDate DateFor(SessionInstance session, LocalDate today, int pick)
    {
        var earliest = today.PlusDays(10);
        var period = session.Planned.Period;
        if (pick % 5 == 0 || period.End < earliest)
        {
            return earliest.PlusDays(pick % 40);
        }

        var from = period.Start > earliest ? period.Start : earliest;
        return from.PlusDays(pick % (Period.DaysBetween(from, period.End) + 1));
    }
}
