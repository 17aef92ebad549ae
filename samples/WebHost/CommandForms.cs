using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;

namespace Dialogue.Workflows.Samples.WebHost;

/// <summary>Forms for commands: the fields a command's record takes beyond who acts, and the command made back from a posted form.</summary>
public static class CommandForms
{
    // Who acts, the command id and deviations are not typed in a form; the entity comes from the action.
    private static readonly string[] Hidden = [nameof(PlanCommand.By), nameof(PlanCommand.CommandId), nameof(PlanCommand.Deviations), nameof(PlanCommand.On)];

    /// <summary>The fields of a command's form.</summary>
    /// <param name="type">The command record.</param>
    /// <param name="entity">The action's entity kind, camel case (<c>session</c>); its id is not asked for.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<CommandField> Fields(Type type, string entity)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !Hidden.Contains(p.Name) && !string.Equals(p.Name, entity, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name == nameof(PlanCommand.Document) ? 1 : 0)
            .Select(p => new CommandField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.Name, Input(p.PropertyType),
                p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null,
                Choices(p.PropertyType)))];
    }

    /// <summary>Makes the command a form posted.</summary>
    /// <param name="type">The command record.</param>
    /// <param name="entity">The action's entity kind, camel case.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="form">The posted values by field name.</param>
    /// <param name="options">The JSON options the plan endpoints read commands with.</param>
    /// <returns>The command, without who acts.</returns>
    /// <exception cref="JsonException">A value does not fit.</exception>
    public static PlanCommand Read(Type type, string entity, string entityId, IReadOnlyDictionary<string, string> form, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(form);
        var body = new JsonObject();
        if (entity is "session" or "task" or "petition")
        {
            body[entity] = entityId;
        }

        foreach (var field in Fields(type, entity))
        {
            if (!form.TryGetValue(field.Name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            body[field.Name] = field.Input == "list"
                ? new JsonArray([.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)])
                : value.Trim();
        }

        return (PlanCommand)(body.Deserialize(type, options) ?? throw new JsonException("No command."));
    }

    private static string Input(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(LocalDate) => "date",
        var t when t.IsEnum => "select",
        var t when t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) => "list",
        _ => "text",
    };

    private static IReadOnlyList<string> Choices(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e
        ? [.. Enum.GetNames(e).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)]
        : [];
}
