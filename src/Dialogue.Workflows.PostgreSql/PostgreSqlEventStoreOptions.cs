using System.Text.RegularExpressions;
using Npgsql;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>Which database and schema a <see cref="PostgreSqlEventStore"/> keeps its tables in.</summary>
public sealed partial class PostgreSqlEventStoreOptions
{
    /// <summary>The schema used when none is given: <c>dialogue</c>.</summary>
    public const string DefaultSchema = "dialogue";

    /// <summary>An Npgsql connection string: host, database, user and password, and any pool settings.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The schema holding the store's tables, created with them when missing. Lower-case letters,
    /// digits and underscores, starting with a letter or underscore, at most 63 characters.
    /// </summary>
    /// <remarks>Several stores (tenants, test runs) can share a database in different schemas.</remarks>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>Checks the options and throws when they cannot open a store.</summary>
    /// <exception cref="ArgumentException">The connection string is missing, malformed or names no host, or the schema name is not a plain identifier; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid PostgreSQL event store options: {string.Join("; ", problems)}.");
        }
    }

    private IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "give the ConnectionString";
        }
        else
        {
            string? error = null;
            try
            {
                if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(ConnectionString).Host))
                {
                    error = "the connection string names no Host";
                }
            }
            catch (ArgumentException e)
            {
                error = $"the connection string is malformed ({e.Message})";
            }

            if (error is not null)
            {
                yield return error;
            }
        }

        if (Schema is null || !Identifier().IsMatch(Schema))
        {
            yield return $"Schema '{Schema}' is not a plain lower-case identifier (a–z, 0–9, _; at most 63 characters)";
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
