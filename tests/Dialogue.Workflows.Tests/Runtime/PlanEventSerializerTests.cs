using System.Text.Json;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.Tests.Runtime;

public sealed class PlanEventSerializerTests
{
    private static readonly Actor Clerk = new("clerk-01", "Văn phòng", "UBND phường Chánh Lộ");
    private readonly PlanEventSerializer _serializer = new();

    [Theory]
    [InlineData(0L)]
    [InlineData(123_000_000L)]
    [InlineData(123_456_789L)]
    public void RoundTrip_InstantsWithAndWithoutFractions_AreExact(long nanoseconds)
    {
        var at = Instant.FromUtc(2023, 9, 15, 1, 30, 5).PlusNanoseconds(nanoseconds);
        var held = new SessionHeld { At = at, By = Clerk, Session = "s1", On = new LocalDate(2023, 9, 15), Document = "12/TB-UBND" };

        var back = Assert.IsType<SessionHeld>(_serializer.Deserialize(_serializer.Serialize(held)));

        // Deadlines is a list, which records compare by reference.
        Assert.Empty(back.Deadlines);
        Assert.Equal(held, back with { Deadlines = held.Deadlines });
    }

    [Fact]
    public void Serialize_VietnameseText_IsWrittenAsItIsNotEscaped()
    {
        var data = _serializer.Serialize(new PlanCancelled { At = Instant.FromUtc(2024, 1, 1, 0, 0), By = Clerk, Reason = "Bão số 3" });

        Assert.Equal("plan-cancelled", data.Type);
        Assert.Equal(1, data.SchemaVersion);
        Assert.Contains("\"reason\":\"Bão số 3\"", data.Data, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"UBND phường Chánh Lộ\"", data.Data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"at":"2023-09-15T01:30:05+07:00","by":{"userId":"u"},"session":"s1","on":"2023-09-15"}""")]
    [InlineData("""{"at":"2023-09-15T25:30:05Z","by":{"userId":"u"},"session":"s1","on":"2023-09-15"}""")]
    [InlineData("""{"at":"2023-09-15T01:30:05Z","by":{"userId":"u"},"session":"s1","on":"2023-02-30"}""")]
    [InlineData("""{"at":"2023-09-15T01:30:05Z","session":"s1","on":"2023-09-15"}""")]
    [InlineData("""{"at":"2023-09-15T01:30:05Z","by":{"role":"x"},"session":"s1","on":"2023-09-15"}""")]
    public void Deserialize_MalformedDatesOrActors_AreJsonErrors(string json) =>
        Assert.ThrowsAny<JsonException>(() => _serializer.Deserialize(new EventData(Guid.NewGuid(), "session-held", 1, json)));

    [Fact]
    public void Deserialize_UnknownTypeOrNewerSchema_IsAJsonErrorNamingIt()
    {
        var unknown = Assert.ThrowsAny<JsonException>(() => _serializer.Deserialize(new EventData(Guid.NewGuid(), "plan-exploded", 1, "{}")));
        Assert.Contains("plan-exploded", unknown.Message, StringComparison.Ordinal);
        var newer = Assert.ThrowsAny<JsonException>(() => _serializer.Deserialize(new EventData(Guid.NewGuid(), "plan-issued", 2, "{}")));
        Assert.Contains("schema version 2", newer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventNames_AreKebabCase() =>
        Assert.All(PlanEventSerializer.EventNames, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
}
