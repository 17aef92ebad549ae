using System.Text;
using Dialogue.Workflows.Storage;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Dialogue.Workflows.PostgreSql;

/// <summary>The read model's statements in the store's schema: written inside the caller's transaction, read with plain selects.</summary>
internal sealed class PostgreSqlReadModel(string schema)
{
    private readonly string _s = $"\"{schema}\"";

    private string SummaryColumns =>
        "s.plan_id, s.type_key, s.type_version, s.title, s.issuer, s.year, s.tenant_id, s.status, s.version, s.document, s.created_at, s.open_items, " +
        "s.next_due, s.calendar, s.search, s.problem, s.seq";

    /// <summary>
    /// The statements that write the plan's rows, or mark it pending when the append came without them, for the caller to send
    /// in its own batch inside its transaction.
    /// </summary>
    public IEnumerable<NpgsqlBatchCommand> WriteOrMarkCommands(string streamId, ReadModelUpdate? update) =>
        update is not null
            ? WriteCommands(update)
            :
            [
                new NpgsqlBatchCommand($"INSERT INTO {_s}.read_model_pending (seq, stream_id) SELECT seq, stream_id FROM {_s}.streams WHERE stream_id = $1 ON CONFLICT DO NOTHING")
                {
                    Parameters = { Text(streamId) },
                },
            ];

    /// <summary>Writes each update whose plan is still at its version (a damaged plan's row whatever its version).</summary>
    public async Task<int> WriteCheckedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelUpdate> updates, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var update in updates)
        {
            // The head row's lock keeps an append of the same plan from slipping in between the check and the write.
            await using var head = new NpgsqlCommand($"SELECT version FROM {_s}.streams WHERE stream_id = $1 FOR UPDATE", connection, transaction)
            {
                Parameters = { Text(update.Summary.PlanId) },
            };
            var version = await head.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long found ? found : 0;
            if (version > 0 && (version == update.Summary.Version || update.Summary.Status == PlanSummary.DamagedStatus))
            {
                await WriteAsync(connection, transaction, update, cancellationToken).ConfigureAwait(false);
                written++;
            }
        }

        return written;
    }

    // The update's steps, from the arrays of parameters $2 to $13.
    private const string NewItems = "unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::date[])";

    private const string StepColumns = "entity_id, kind, owner, owner_name, due, state, title, english_title, session, tenant_id, moved_from, moved_to";

    // Whether the plan's stored steps ($1) differ from the update's, compared as sets of whole rows (EXCEPT takes two nulls as equal).
    private static string ItemsDiffer(string s) => $"""
        (EXISTS (SELECT * FROM {NewItems} EXCEPT SELECT {StepColumns} FROM {s}.dated_items WHERE plan_id = $1)
         OR EXISTS (SELECT {StepColumns} FROM {s}.dated_items WHERE plan_id = $1 EXCEPT SELECT * FROM {NewItems}))
        """;

    private readonly string _deleteItems = $"DELETE FROM \"{schema}\".dated_items WHERE plan_id = $1 AND {ItemsDiffer($"\"{schema}\"")}";

    private readonly string _insertItems = $"""
        INSERT INTO "{schema}".dated_items (plan_id, {StepColumns})
        SELECT $1, e.* FROM {NewItems} AS e WHERE {ItemsDiffer($"\"{schema}\"")}
        """;

    private static NpgsqlParameter[] ItemParameters(string planId, IReadOnlyList<DatedItem> items) =>
    [
        Text(planId), Texts(items.Select(i => i.EntityId)), Texts(items.Select(i => i.Kind)), Texts(items.Select(i => i.Owner)),
        Texts(items.Select(i => i.OwnerName)), Dates(items.Select(i => (LocalDate?)i.Due)), Texts(items.Select(i => i.State)),
        Texts(items.Select(i => i.Title)), Texts(items.Select(i => i.EnglishTitle)), Texts(items.Select(i => i.Session)),
        Texts(items.Select(i => i.TenantId)), Dates(items.Select(i => i.MovedFrom)), Dates(items.Select(i => i.MovedTo)),
    ];

    private async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReadModelUpdate update, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in WriteCommands(update))
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // One round trip: the summary upserted, the old steps deleted, the new ones inserted from arrays, the pending mark cleared.
    // The summary is taken from the plan's stream row, so that an append whose stream does not exist writes none (and fails on
    // its head, not on the summary's missing seq).
    private NpgsqlBatchCommand[] WriteCommands(ReadModelUpdate update)
    {
        var s = update.Summary;
        var items = update.Items;
        var deleteItems = new NpgsqlBatchCommand(_deleteItems);
        deleteItems.Parameters.AddRange(ItemParameters(s.PlanId, items));
        var insertItems = new NpgsqlBatchCommand(_insertItems);
        insertItems.Parameters.AddRange(ItemParameters(s.PlanId, items));
        return
        [
            new NpgsqlBatchCommand($"""
                INSERT INTO {_s}.plan_summaries (plan_id, seq, type_key, type_version, title, issuer, year, tenant_id, status, version, document, created_at,
                    open_items, next_due, calendar, search, problem)
                SELECT $1, seq, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16 FROM {_s}.streams WHERE stream_id = $1
                ON CONFLICT (plan_id) DO UPDATE SET type_key = excluded.type_key, type_version = excluded.type_version, title = excluded.title,
                    issuer = excluded.issuer, year = excluded.year, tenant_id = excluded.tenant_id, status = excluded.status, version = excluded.version,
                    document = excluded.document, created_at = excluded.created_at, open_items = excluded.open_items, next_due = excluded.next_due,
                    calendar = excluded.calendar, search = excluded.search, problem = excluded.problem
                """)
            {
                Parameters =
                {
                    Text(s.PlanId), Text(s.TypeKey), Int(s.TypeVersion), Text(s.Title), Text(s.Issuer), Int(s.Year), Text(s.TenantId), Text(s.Status),
                    new NpgsqlParameter<long> { TypedValue = s.Version }, Text(s.DocumentNumber),
                    new NpgsqlParameter<DateTime> { TypedValue = s.CreatedAt.ToDateTimeUtc(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    Int(s.OpenItems), Date(s.NextDue), Text(s.Calendar), Text(s.SearchText), Text(s.Problem),
                },
            },
            // The steps are replaced only when they differ from those stored (most commands leave them as they were): the delete
            // runs when they differ, and the insert after it then finds them differing from the (now empty) stored ones.
            deleteItems,
            insertItems,
            new NpgsqlBatchCommand($"DELETE FROM {_s}.read_model_pending WHERE stream_id = $1") { Parameters = { Text(s.PlanId) } },
        ];
    }

    public async Task<ReadModelState> StateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand($"SELECT format, calendar, EXISTS (SELECT 1 FROM {_s}.read_model_pending) FROM {_s}.read_model_state WHERE id = 1", connection);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ReadModelState(true, reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2))
            : new ReadModelState(true, 0, null, true);
    }

    public async Task MarkAllPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int format, CancellationToken cancellationToken)
    {
        await using var mark = new NpgsqlCommand(
            $"""
            INSERT INTO {_s}.read_model_pending (seq, stream_id) SELECT seq, stream_id FROM {_s}.streams ON CONFLICT DO NOTHING;
            UPDATE {_s}.read_model_state SET format = {format}, calendar = NULL WHERE id = 1;
            """, connection, transaction);
        await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetCalendarAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string calendar, CancellationToken cancellationToken)
    {
        // Written only when it changes: a pass with nothing to do writes nothing.
        await using var set = new NpgsqlCommand($"UPDATE {_s}.read_model_state SET calendar = $1 WHERE id = 1 AND calendar IS DISTINCT FROM $1", connection, transaction)
        {
            Parameters = { Text(calendar) },
        };
        await set.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<List<string>> PendingAsync(NpgsqlConnection connection, int limit, CancellationToken cancellationToken) =>
        StringsAsync(connection, $"SELECT stream_id FROM {_s}.read_model_pending ORDER BY seq LIMIT $1", [Int(limit)], cancellationToken);

    public Task<List<string>> OtherCalendarAsync(NpgsqlConnection connection, string calendar, string? after, int limit, CancellationToken cancellationToken) =>
        StringsAsync(connection,
            $"SELECT plan_id FROM {_s}.plan_summaries WHERE open_items > 0 AND calendar <> $1 AND plan_id > $2 ORDER BY plan_id COLLATE \"C\" LIMIT $3",
            [Text(calendar), Text(after ?? string.Empty), Int(limit)], cancellationToken);

    public async Task<PlanPage> PlansAsync(NpgsqlConnection connection, PlanQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter> { Date(query.Today) };
        var sql = new StringBuilder($"SELECT {SummaryColumns}, (SELECT count(*) FROM {_s}.dated_items d WHERE d.plan_id = s.plan_id AND d.due < $1) FROM {_s}.plan_summaries s WHERE ");
        void Where(string column, NpgsqlParameter value)
        {
            parameters.Add(value);
            sql.Append(column).Append(" = $").Append(parameters.Count).Append(" AND ");
        }

        if (query.Status is { } status)
        {
            Where("s.status", Text(status));
        }
        else
        {
            sql.Append("s.status <> 'Damaged' AND ");
        }

        if (query.TypeKey is { } type)
        {
            Where("s.type_key", Text(type));
        }

        if (query.Year is { } year)
        {
            Where("s.year", Int(year));
        }

        if (query.TenantId is { } tenant)
        {
            Where("s.tenant_id", Text(tenant));
        }

        if (query.Issuer is { } issuer)
        {
            Where("s.issuer", Text(issuer));
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            parameters.Add(Text(query.Text));
            sql.Append("strpos(s.search, $").Append(parameters.Count).Append(") > 0 AND ");
        }

        parameters.Add(new NpgsqlParameter<long> { TypedValue = query.After ?? 0 });
        sql.Append("s.seq > $").Append(parameters.Count);
        parameters.Add(Int(query.Limit + 1));
        sql.Append(" ORDER BY s.seq LIMIT $").Append(parameters.Count);
        await using var read = new NpgsqlCommand(sql.ToString(), connection);
        read.Parameters.AddRange(parameters.ToArray());
        var rows = new List<PlanSummary>();
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(Summary(reader) with { OverdueItems = checked((int)reader.GetInt64(17)) });
            }
        }

        return rows.Count > query.Limit ? new PlanPage(rows.GetRange(0, query.Limit), rows[query.Limit - 1].Sequence) : new PlanPage(rows, null);
    }

    public async Task<List<PlanSummary>> DamagedAsync(NpgsqlConnection connection, int limit, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand($"SELECT {SummaryColumns} FROM {_s}.plan_summaries s WHERE s.status = 'Damaged' ORDER BY s.seq LIMIT $1", connection)
        {
            Parameters = { Int(limit) },
        };
        var rows = new List<PlanSummary>();
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Summary(reader));
        }

        return rows;
    }

    public async Task<List<DatedItem>> DueAsync(NpgsqlConnection connection, DueQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>();
        var sql = new StringBuilder(
            $"SELECT plan_id, entity_id, kind, owner, owner_name, due, state, title, english_title, session, tenant_id, moved_from, moved_to FROM {_s}.dated_items WHERE ");
        string P(NpgsqlParameter value)
        {
            parameters.Add(value);
            return "$" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (query.MovedOnly)
        {
            sql.Append("moved_to IS NOT NULL AND ");
        }
        else
        {
            sql.Append("due <= ").Append(P(Date(query.To))).Append(" AND ");
            if (query.From is { } from)
            {
                sql.Append("due >= ").Append(P(Date(from))).Append(" AND ");
            }
        }

        if (query.Owner is { } owner)
        {
            sql.Append("owner = ").Append(P(Text(owner))).Append(" AND ");
        }

        if (query.TenantId is { } tenant)
        {
            sql.Append("tenant_id = ").Append(P(Text(tenant))).Append(" AND ");
        }

        if (query.PlanId is { } plan)
        {
            sql.Append("plan_id = ").Append(P(Text(plan))).Append(" AND ");
        }

        if (query.After is { } after)
        {
            sql.Append("(due, plan_id COLLATE \"C\", entity_id COLLATE \"C\") > (").Append(P(Date(after.Due))).Append(", ").Append(P(Text(after.PlanId)))
                .Append(", ").Append(P(Text(after.EntityId))).Append(") AND ");
        }

        sql.Append("true ORDER BY due, plan_id COLLATE \"C\", entity_id COLLATE \"C\" LIMIT ").Append(P(Int(query.Limit)));
        await using var read = new NpgsqlCommand(sql.ToString(), connection);
        read.Parameters.AddRange(parameters.ToArray());
        var items = new List<DatedItem>();
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new DatedItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ToDate(reader.GetFieldValue<DateOnly>(5)), reader.GetString(6))
            {
                OwnerName = reader.GetString(4),
                Title = reader.GetString(7),
                EnglishTitle = reader.GetString(8),
                Session = reader.IsDBNull(9) ? null : reader.GetString(9),
                TenantId = reader.IsDBNull(10) ? null : reader.GetString(10),
                MovedFrom = reader.IsDBNull(11) ? null : ToDate(reader.GetFieldValue<DateOnly>(11)),
                MovedTo = reader.IsDBNull(12) ? null : ToDate(reader.GetFieldValue<DateOnly>(12)),
            });
        }

        return items;
    }

    private static PlanSummary Summary(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetInt64(8))
        {
            DocumentNumber = reader.IsDBNull(9) ? null : reader.GetString(9),
            CreatedAt = Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(10), DateTimeKind.Utc)),
            OpenItems = reader.GetInt32(11),
            NextDue = reader.IsDBNull(12) ? null : ToDate(reader.GetFieldValue<DateOnly>(12)),
            Calendar = reader.GetString(13),
            SearchText = reader.GetString(14),
            Problem = reader.IsDBNull(15) ? null : reader.GetString(15),
            Sequence = reader.GetInt64(16),
        };

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand(sql, connection);
        read.Parameters.AddRange(parameters);
        var ids = new List<string>();
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static LocalDate ToDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    private static DateOnly? FromDate(LocalDate? date) => date is { } d ? new DateOnly(d.Year, d.Month, d.Day) : null;

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter<int> Int(int value) => new() { TypedValue = value };

    private static NpgsqlParameter Date(LocalDate? value) => new() { Value = (object?)FromDate(value) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date };

    private static NpgsqlParameter Texts(IEnumerable<string?> values) =>
        new() { Value = values.Select(v => (object?)v ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlParameter Dates(IEnumerable<LocalDate?> values) =>
        new() { Value = values.Select(v => (object?)FromDate(v) ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date };
}
