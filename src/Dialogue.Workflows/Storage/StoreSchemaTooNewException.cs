namespace Dialogue.Workflows.Storage;

/// <summary>
/// Thrown when a store's database was written by a newer version of Dialogue.Workflows, with a
/// schema this version does not know.
/// </summary>
/// <remarks>
/// The store refuses to touch such a database rather than guess: an older library writing into a
/// newer layout could lose what the newer one records. Upgrade the package, or point this host at
/// another database.
/// </remarks>
public sealed class StoreSchemaTooNewException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>storage.schema-too-new</c>.</summary>
    public const string Code = "storage.schema-too-new";

    /// <summary>Creates the exception.</summary>
    /// <param name="store">The database: a file path, or a server, database and schema (never a password).</param>
    /// <param name="schemaVersion">The schema version the database has.</param>
    /// <param name="supportedSchemaVersion">The newest schema version this library knows.</param>
    public StoreSchemaTooNewException(string store, int schemaVersion, int supportedSchemaVersion)
        : base(Code,
            $"The event store '{store}' has schema version {schemaVersion}, but this version of Dialogue.Workflows supports up to {supportedSchemaVersion}: " +
            "it was written by a newer version; upgrade the package or use another database. " +
            $"Cơ sở dữ liệu '{store}' có lược đồ phiên bản {schemaVersion}, mới hơn phiên bản {supportedSchemaVersion} mà thư viện này hỗ trợ; hãy nâng cấp thư viện.")
    {
        Store = store;
        SchemaVersion = schemaVersion;
        SupportedSchemaVersion = supportedSchemaVersion;
    }

    /// <summary>The database: a file path, or a server, database and schema.</summary>
    public string Store { get; }

    /// <summary>The schema version the database has.</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this library knows.</summary>
    public int SupportedSchemaVersion { get; }
}
