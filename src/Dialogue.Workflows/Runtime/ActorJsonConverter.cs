using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dialogue.Workflows.Runtime;

/// <summary>Reads and writes an <see cref="Actor"/> as <c>{"userId":…,"role":…,"unit":…,"position":…,"signing":…}</c> directly, without the reflection-based constructor binding that allocates per event.</summary>
internal sealed class ActorJsonConverter : JsonConverter<Actor>
{
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An actor is a JSON object.");
        }

        string? userId = null, role = null, unit = null;
        var position = UnitPosition.Staff;
        var signing = SigningForm.Direct;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("An actor's properties are malformed.");
            }

            var isUser = reader.ValueTextEquals("userId"u8);
            var isRole = !isUser && reader.ValueTextEquals("role"u8);
            var isUnit = !isUser && !isRole && reader.ValueTextEquals("unit"u8);
            var isPosition = !isUser && !isRole && !isUnit && reader.ValueTextEquals("position"u8);
            var isSigning = !isUser && !isRole && !isUnit && !isPosition && reader.ValueTextEquals("signing"u8);
            reader.Read();
            if (isUser)
            {
                userId = reader.GetString();
            }
            else if (isRole)
            {
                role = reader.GetString();
            }
            else if (isUnit)
            {
                unit = reader.GetString();
            }
            else if (isPosition)
            {
                position = Parse<UnitPosition>(reader.GetString(), "position");
            }
            else if (isSigning)
            {
                signing = Parse<SigningForm>(reader.GetString(), "signing");
            }
            else
            {
                reader.Skip();
            }
        }

        return new Actor(userId ?? throw new JsonException("An actor has no userId."), role ?? string.Empty, unit ?? string.Empty)
        {
            Position = position,
            Signing = signing,
        };
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("userId"u8, value.UserId);
        writer.WriteString("role"u8, value.Role);
        writer.WriteString("unit"u8, value.Unit);
        // Written only when set, so that events recorded before positions and signing forms existed read the same.
        if (value.Position != UnitPosition.Staff)
        {
            writer.WriteString("position"u8, value.Position.ToString());
        }

        if (value.Signing != SigningForm.Direct)
        {
            writer.WriteString("signing"u8, value.Signing.ToString());
        }

        writer.WriteEndObject();
    }

    private static T Parse<T>(string? text, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new JsonException($"An actor's {what} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
