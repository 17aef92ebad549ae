using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dialogue.Workflows.Diagnostics;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Tests.Runtime;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Tests.Hosting;

/// <summary>Metrics are process-wide: the telemetry tests run alone, so that the counts they see are their own.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>
/// The documented instruments, seen by in-memory listeners as OpenTelemetry would see them: the neighbourhood
/// plan of 2024 drafted by the office, refused to the clerk, issued by the chairman, and watched by the monitor on
/// 3 June 2024, when its notice and the Front's summary are one working day away.
/// </summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests : IDisposable
{
    private readonly List<Activity> _activities = [];
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DialogueWorkflowsInstrumentation.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DialogueWorkflowsInstrumentation.SourceName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (_measurements)
            {
                _measurements.Add((instrument.Name, value, copy));
            }
        });
        // Each histogram sample counts once: what matters is that a duration was recorded, with its tags.
        _meterListener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (_measurements)
            {
                _measurements.Add((instrument.Name, 1, copy));
            }
        });
        _meterListener.Start();
    }

    [Fact]
    public async Task CommandsRefusalsAndMonitorPass_AreTracedAndCounted()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 6, 3));
        var plan = await fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = EngineFixture.Clerk, PlanId = "telemetry-1" });
        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.Engine.ExecuteAsync(plan.Id, new IssuePlan { By = EngineFixture.Clerk with { Unit = "front" } }));
        await fixture.Engine.ExecuteAsync(plan.Id, new IssuePlan { By = EngineFixture.Chairman, Document = "45/KH-UBND" });
        var handler = new DeadlineMonitorTests.RecordingHandler();
        var monitor = new DeadlineMonitor(fixture.Engine, new InMemoryNotificationLedger(), [handler], fixture.Clock,
            Options.Create(new DeadlineMonitorOptions { HostName = "telemetry-host" }));

        var delivered = await monitor.RunOnceAsync();

        var commands = Activities(DialogueWorkflowsInstrumentation.CommandActivity).Where(a => Tag(a, DialogueWorkflowsInstrumentation.PlanIdTag) == "telemetry-1").ToList();
        Assert.Equal([("Create", "recorded"), ("Issue", "refused"), ("Issue", "recorded")],
            commands.Select(a => (Tag(a, DialogueWorkflowsInstrumentation.ActionTag), Tag(a, DialogueWorkflowsInstrumentation.OutcomeTag))));
        Assert.Equal("authorization.denied", Tag(commands[1], DialogueWorkflowsInstrumentation.ErrorCodeTag));
        Assert.Equal(ActivityStatusCode.Error, commands[1].Status);
        var pass = Assert.Single(Activities(DialogueWorkflowsInstrumentation.MonitorPassActivity));
        Assert.Equal(delivered, pass.GetTagItem(DialogueWorkflowsInstrumentation.DeliveredTag));

        Assert.Equal(2, Count(DialogueWorkflowsInstrumentation.CommandsCounter, (DialogueWorkflowsInstrumentation.OutcomeTag, "recorded")));
        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.CommandsCounter, (DialogueWorkflowsInstrumentation.OutcomeTag, "refused")));
        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.CommandDuration, (DialogueWorkflowsInstrumentation.ActionTag, "Create"), (DialogueWorkflowsInstrumentation.OutcomeTag, "recorded")));
        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.RefusalsCounter, (DialogueWorkflowsInstrumentation.ActionTag, "Issue"), (DialogueWorkflowsInstrumentation.ErrorCodeTag, "authorization.denied")));
        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.MonitorPassesCounter, (DialogueWorkflowsInstrumentation.OutcomeTag, "completed")));
        Assert.Equal(2, delivered);
        Assert.Equal(2, Count(DialogueWorkflowsInstrumentation.NotificationsCounter, (DialogueWorkflowsInstrumentation.NotificationKindTag, "deadline"), (DialogueWorkflowsInstrumentation.OutcomeTag, "delivered")));
    }

    [Fact]
    public async Task CommandWithAStaleVersion_CountsAConflict()
    {
        var fixture = new EngineFixture(new LocalDate(2024, 6, 3));
        var plan = await fixture.Engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = EngineFixture.Clerk, PlanId = "telemetry-2" });

        await Assert.ThrowsAsync<ConcurrencyException>(() => fixture.Engine.ExecuteAsync(plan.Id, new IssuePlan { By = EngineFixture.Chairman }, expectedVersion: 7));

        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.ConflictsCounter, (DialogueWorkflowsInstrumentation.ActionTag, "Issue")));
        Assert.Equal(1, Count(DialogueWorkflowsInstrumentation.CommandsCounter, (DialogueWorkflowsInstrumentation.OutcomeTag, "conflict")));
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private static string? Tag(Activity activity, string name) => activity.GetTagItem(name)?.ToString();

    private List<Activity> Activities(string name)
    {
        lock (_activities)
        {
            return [.. _activities.Where(a => a.OperationName == name)];
        }
    }

    private long Count(string instrument, params (string Key, string Value)[] tags)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument && tags.All(t => Equals(m.Tags.GetValueOrDefault(t.Key), t.Value))).Sum(m => m.Value);
        }
    }
}
