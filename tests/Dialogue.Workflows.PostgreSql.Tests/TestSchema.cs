using Npgsql;

namespace Dialogue.Workflows.PostgreSql.Tests;

/// <summary>A schema of the test's own, named afresh and dropped with everything in it when the test ends.</summary>
internal sealed class TestSchema : IDisposable
{
    private readonly List<PostgreSqlEventStore> _stores = [];

    public TestSchema()
    {
        ConnectionString = PostgresEnvironment.RequireConnectionString();
        Name = $"dwt_{Guid.NewGuid():N}";
    }

    public string ConnectionString { get; }

    public string Name { get; }

    /// <summary>A store on this schema, disposed with it.</summary>
    public PostgreSqlEventStore Store()
    {
        var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = ConnectionString, Schema = Name });
        _stores.Add(store);
        return store;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Name, StringComparison.Ordinal), connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Name, StringComparison.Ordinal), connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
