using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dialogue.Workflows.Runtime;

/// <summary>Reads and writes an <see cref="Actor"/> as <c>{"userId":…,"role":…,"unit":…}</c> directly, without the reflection-based constructor binding that allocates per event.</summary>
internal sealed class ActorJsonConverter : JsonConverter<Actor>
{
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An actor is a JSON object.");
        }

        string? userId = null, role = null, unit = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("An actor's properties are malformed.");
            }

            var isUser = reader.ValueTextEquals("userId"u8);
            var isRole = !isUser && reader.ValueTextEquals("role"u8);
            var isUnit = !isUser && !isRole && reader.ValueTextEquals("unit"u8);
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
            else
            {
                reader.Skip();
            }
        }

        return new Actor(userId ?? throw new JsonException("An actor has no userId."), role ?? string.Empty, unit ?? string.Empty);
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("userId"u8, value.UserId);
        writer.WriteString("role"u8, value.Role);
        writer.WriteString("unit"u8, value.Unit);
        writer.WriteEndObject();
    }
}
