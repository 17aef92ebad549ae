using System.Globalization;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Plans of realistic histories for the read-model benchmarks, made without a transaction per command: a few hundred
/// histories are recorded once through the engine in memory (created, issued, petitions received and answered; then
/// completed, cancelled, or left open), and each stored plan is a copy of one of them under a plan id of its own, with
/// new event ids and command ids. A copy's read model rows are those the engine projected for the original, with the
/// plan id changed: the history differs only in that id, so a replay gives the same rows (the generator checks a few).
/// </summary>
/// <remarks>
/// <para>
/// The recorded histories differ by their session date, so the copies spread their dates over 2016–2026 without any
/// date being rewritten (a shifted date would no longer match the working-day deadlines the engine recorded). Which
/// history a plan copies depends on its place, and keeps the rows the measured queries return the same at every size:
/// </para>
/// <list type="bullet">
/// <item><c>plan-000000</c>: an open plan, session 2025-07-15, that the one-command benchmark works on.</item>
/// <item><see cref="WeekPlans"/> open plans whose two dated steps fall due in <see cref="Today"/>'s week (2025-06-02 to 2025-06-09):
/// 80 due rows at every size, nothing overdue.</item>
/// <item>One plan in a hundred (<c>soon-…</c>): open, its steps due in the week of <see cref="Later"/> (2025-09-08), when a monitor
/// pass finds them new.</item>
/// <item>One plan in ten: open, its session between October 2025 and December 2026, steps due then.</item>
/// <item>The rest: sessions from 2016 to April 2025, seven in ten completed, three in ten cancelled; nothing open.</item>
/// </list>
/// </remarks>
public static class StoreGenerator
{
    /// <summary>Changes whenever the generated data changes, so that cached stores of an older generator are not reused.</summary>
    public const int Version = 2;

    /// <summary>The day the benchmarks measure from: a Monday.</summary>
    public static readonly LocalDate Today = new(2025, 6, 2);

    /// <summary>The day of the monitor pass that finds one plan in a hundred newly due.</summary>
    public static readonly LocalDate Later = new(2025, 9, 8);

    /// <summary>How many open plans have steps due in <see cref="Today"/>'s week, whatever the size.</summary>
    public const int WeekPlans = 40;

    /// <summary>The prefix of the plans that fall due on <see cref="Later"/>.</summary>
    public const string SoonPrefix = "soon-";

    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");

    /// <summary>A plan ready to be written: its events, the commands that appended them, and its read model rows.</summary>
    /// <param name="Id">The plan id.</param>
    /// <param name="Events">The events, version 1 first.</param>
    /// <param name="Commands">The commands, with the versions each appended.</param>
    /// <param name="Update">The read model rows.</param>
    public sealed record PlanCopy(string Id, IReadOnlyList<EventData> Events, IReadOnlyList<RecordedCommand> Commands, ReadModelUpdate Update);

    /// <summary>The engine the benchmarks and the generator use: the benchmark plan type, the default calendar, no authorization.</summary>
    /// <param name="store">The store.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The engine.</returns>
    public static DialogueEngine Engine(IEventStore store, IClock clock) =>
        new(new PlanTypeRegistry([new BenchmarkPlanType()]), store, WorkingCalendar.Default, clock, authorizer: PlanAuthorizer.Unchecked);

    /// <summary>The clock of a benchmark: 09:00 in Vietnam on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The clock.</returns>
    public static FakeClock ClockOn(LocalDate day) => new(day.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() + Duration.FromHours(9));

    /// <summary>The plans of a store of <paramref name="plans"/> plans, in the order they are written.</summary>
    /// <param name="plans">How many.</param>
    /// <returns>The copies, made lazily.</returns>
    public static IEnumerable<PlanCopy> Plans(int plans)
    {
        var histories = new Histories();
        var random = new Random(plans);
        var week = 0;
        for (var i = 0; i < plans; i++)
        {
            PlanHistory history;
            var id = $"plan-{i:000000}";
            if (i == 0)
            {
                history = histories.First;
            }
            else if (i <= WeekPlans)
            {
                history = histories.Week[week++ % histories.Week.Count];
            }
            else if (i % 100 == 50)
            {
                history = histories.Soon;
                id = $"{SoonPrefix}{i:000000}";
            }
            else if (i % 10 == 7)
            {
                history = histories.Future[random.Next(histories.Future.Count)];
            }
            else
            {
                history = histories.Past[random.Next(histories.Past.Count)];
            }

            yield return history.Copy(id, random);
        }
    }

    /// <summary>One recorded history, as the in-memory store kept it.</summary>
    private sealed record PlanHistory(string Id, IReadOnlyList<EventData> Events, IReadOnlyList<RecordedCommand> Commands, ReadModelUpdate Update)
    {
        public PlanCopy Copy(string id, Random random)
        {
            // The original's id appears, quoted, only where the history names its plan.
            var quoted = $"\"{Id}\"";
            var events = Events.Select(e => new EventData(NewGuid(random), e.Type, e.SchemaVersion, e.Data.Replace(quoted, $"\"{id}\"", StringComparison.Ordinal))).ToList();
            var commands = Commands.Select(c => new RecordedCommand(id, NewGuid(random).ToString("N"), c.FirstVersion, c.LastVersion)).ToList();
            var summary = Update.Summary with { PlanId = id, SearchText = id + Update.Summary.SearchText[Id.Length..] };
            return new PlanCopy(id, events, commands, new ReadModelUpdate(summary, [.. Update.Items.Select(item => item with { PlanId = id })]));
        }

        private static Guid NewGuid(Random random)
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }
    }

    /// <summary>The recorded histories, made once through the engine on an in-memory store.</summary>
    private sealed class Histories
    {
        private readonly FakeClock _clock = new(Instant.FromUtc(2015, 1, 1, 2, 0));
        private readonly InMemoryEventStore _store = new();
        private readonly DialogueEngine _engine;
        private int _count;

        public Histories()
        {
            _engine = Engine(_store, _clock);
            First = Record(new LocalDate(2025, 7, 15), Ending.Open);
            Week = [.. new[] { 12, 13, 16, 17, 18 }.Select(day => Record(new LocalDate(2025, 6, day), Ending.Open))];
            Soon = Record(new LocalDate(2025, 9, 18), Ending.Open);
            for (var session = new LocalDate(2025, 10, 7); session < new LocalDate(2027, 1, 1); session = session.PlusWeeks(1))
            {
                Future.Add(Record(session, Ending.Open));
            }

            for (var month = new LocalDate(2016, 1, 1); month < new LocalDate(2025, 5, 1); month = month.PlusMonths(1))
            {
                // The first Tuesday after the 10th: a working day in most months.
                var session = month.PlusDays(10).Next(IsoDayOfWeek.Tuesday);
                Past.Add(Record(session, Ending.Completed));
                Past.Add(Record(session, Ending.Completed));
                Past.Add(Record(session.PlusDays(2), Ending.Completed));
                Past.Add(Record(session.PlusDays(1), Ending.Cancelled));
                Past.Add(Record(session.PlusDays(7), Ending.Completed));
                Past.Add(Record(session.PlusDays(8), Ending.Completed));
                Past.Add(Record(session.PlusDays(9), Ending.Completed));
                Past.Add(Record(session.PlusDays(14), Ending.Cancelled));
                Past.Add(Record(session.PlusDays(15), Ending.Completed));
                Past.Add(Record(session.PlusDays(16), Ending.Cancelled));
            }
        }

        private enum Ending
        {
            Open,
            Completed,
            Cancelled,
        }

        public PlanHistory First { get; }

        public List<PlanHistory> Week { get; }

        public PlanHistory Soon { get; }

        public List<PlanHistory> Future { get; } = [];

        public List<PlanHistory> Past { get; } = [];

        private PlanHistory Record(LocalDate session, Ending ending)
        {
            var id = $"history-{_count++:0000}";
            var commands = new List<RecordedCommand>();
            var version = 0L;
            // Open plans were created before the measured day, however far their session lies.
            var created = ending == Ending.Open ? LocalDate.Min(session.PlusDays(-40), Today.PlusDays(-7)) : session.PlusDays(-40);
            On(created);
            var commandId = $"{id}-0";
            var plan = _engine.CreateAsync(new CreatePlan
            {
                TypeKey = "benchmark", PlanId = id, By = Clerk, CommandId = commandId,
                Parameters = [new("session", session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            }).GetAwaiter().GetResult();
            commands.Add(new RecordedCommand(id, commandId, 1, plan.Version));
            version = plan.Version;

            void Run(PlanCommand command)
            {
                var commandId = $"{id}-{commands.Count}";
                try
                {
                    var after = _engine.ExecuteAsync(id, command with { CommandId = commandId }).GetAwaiter().GetResult();
                    commands.Add(new RecordedCommand(id, commandId, version + 1, after.Version));
                    version = after.Version;
                }
                catch (DialogueWorkflowException)
                {
                    // A step the plan's rules refuse on its dates is left out, as a clerk would leave it.
                }
            }

            Run(new IssuePlan { By = Clerk, Document = $"{_count}/KH-UBND" });
            On(created.PlusDays(3));
            Run(new ReceivePetition { By = Clerk, Subject = "Đường hẻm tổ dân phố 5 ngập nước khi mưa", Petitioner = "Nguyễn Văn A", Channel = PetitionChannel.Paper });
            Run(new ReceivePetition { By = Clerk, Subject = "Đề nghị lắp đèn chiếu sáng ngõ 12", Petitioner = "Trần Thị B", Channel = PetitionChannel.Paper });
            On(created.PlusDays(4));
            Run(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
            Run(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "office" });
            On(created.PlusDays(6));
            Run(new AnswerPetition { By = Clerk, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Đã trả lời bằng văn bản" });
            if (ending == Ending.Cancelled)
            {
                On(session.PlusDays(-5));
                Run(new CancelPlan { By = Clerk, Reason = "Gộp vào kỳ đối thoại sau" });
            }
            else if (ending == Ending.Completed)
            {
                On(created.PlusDays(8));
                Run(new NotifyPetitionResult { By = Clerk, Petition = "P-001" });
                Run(new ClosePetition { By = Clerk, Petition = "P-001" });
                Run(new ClassifyPetition { By = Clerk, Petition = "P-002", Category = PetitionCategory.Petition });
                Run(new AssignPetition { By = Clerk, Petition = "P-002", Unit = "office" });
                On(session.PlusDays(-14));
                Run(new CompleteTask { By = Clerk, Task = "notice@s1" });
                Run(new CompleteTask { By = Clerk, Task = "summary@s1" });
                Run(new AnnounceSession { By = Clerk, Session = "s1" });
                On(session);
                Run(new HoldSession { By = Clerk, Session = "s1" });
                Run(new AnswerPetition { By = Clerk, Petition = "P-002", Mode = AnswerMode.InWriting, Summary = "Đã trả lời bằng văn bản sau buổi đối thoại" });
                On(session.PlusDays(5));
                Run(new CompleteTask { By = Clerk, Task = "conclusion@s1" });
                Run(new NotifyPetitionResult { By = Clerk, Petition = "P-002" });
                Run(new ClosePetition { By = Clerk, Petition = "P-002" });
                Run(new ConcludeSession { By = Clerk, Session = "s1" });
                Run(new CloseSession { By = Clerk, Session = "s1" });
                Run(new CompletePlan { By = Clerk });
            }

            var events = _store.ReadStreamAsync(id).GetAwaiter().GetResult().Select(e => e.Event).ToList();
            var update = _engine.Projection(_engine.GetAsync(id).GetAwaiter().GetResult());
            var expected = ending switch { Ending.Open => "Issued", Ending.Completed => "Completed", _ => "Cancelled" };
            if (update.Summary.Status != expected)
            {
                throw new InvalidOperationException($"The history of {id} (session {session}) ended {update.Summary.Status}, not {expected}.");
            }

            return new PlanHistory(id, events, commands, update);
        }

        private void On(LocalDate day) => _clock.Reset(day.AtStartOfDayInZone(VietnamTime.Zone).ToInstant() + Duration.FromHours(9));
    }
}
