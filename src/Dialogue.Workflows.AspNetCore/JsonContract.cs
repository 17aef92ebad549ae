using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime.Serialization.SystemTextJson;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>How the endpoints read and write JSON: dates <c>yyyy-MM-dd</c>, the commands' enum values in kebab case, and command bodies without an actor or a command id.</summary>
/// <remarks>
/// These settings are added to the host's <c>Microsoft.AspNetCore.Http.Json.JsonOptions</c> and touch only the library's own types,
/// so that the OpenAPI document describes the bodies exactly as they are read.
/// </remarks>
internal static class JsonContract
{
    /// <summary>Adds the library's converters and the command contract to the host's JSON options.</summary>
    /// <param name="options">The host's options.</param>
    public static void Apply(JsonSerializerOptions options)
    {
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new JsonStringEnumConverter<PetitionChannel>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<PetitionCategory>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<AnswerMode>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<RejectionReason>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Modify);
    }

    /// <summary>The names a command body may not carry: who acts is the signed-in user, the command id is the <c>Idempotency-Key</c>.</summary>
    public static readonly string[] Withheld = [nameof(PlanCommand.By), nameof(PlanCommand.CommandId)];

    private static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (typeof(PlanCommand).IsAssignableFrom(info.Type))
        {
            foreach (var property in info.Properties.Where(p => p.AttributeProvider is PropertyInfo { Name: var name } && Withheld.Contains(name)).ToList())
            {
                info.Properties.Remove(property);
            }

            info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        }
        else if (info.Type == typeof(PlanRequest) || info.Type == typeof(RuleDeviation))
        {
            info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        }
    }
}
