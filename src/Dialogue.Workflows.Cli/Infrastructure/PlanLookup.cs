using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Finds the session or task a command line names, with the short forms a clerk types.</summary>
internal static class PlanLookup
{
    /// <summary>The session named, or the plan's only session when none is named.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="key">The session's key, or null.</param>
    /// <returns>The session's key.</returns>
    /// <exception cref="CliUsageException">None is named and the plan has several.</exception>
    /// <exception cref="EntityNotFoundException">The plan has no such session.</exception>
    public static string Session(PlanInstance plan, string? key)
    {
        if (key is not null)
        {
            return plan.Session(key).Key;
        }

        return plan.Sessions.Count == 1
            ? plan.Sessions[0].Key
            : throw new CliUsageException(
                $"plan '{plan.Id}' has {plan.Sessions.Count} sessions ({string.Join(", ", plan.Sessions.Select(s => s.Key))}); name the <session>");
    }

    /// <summary>The task named: its full id, or its key when only one session has a task of that key.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="id">The id (<c>notice@session-1</c>) or key (<c>notice</c>).</param>
    /// <returns>The task's id.</returns>
    /// <exception cref="EntityNotFoundException">No task matches, or the key is ambiguous.</exception>
    public static string Task(PlanInstance plan, string id)
    {
        if (plan.Tasks.Any(t => t.Id == id))
        {
            return id;
        }

        var matches = plan.Tasks.Where(t => t.Id.StartsWith(id + "@", StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0].Id : plan.Task(id).Id;
    }
}
