namespace Community.Core;

/// <summary>What sort of "no" a rule said, so the web layer answers each the same way everywhere.</summary>
public enum RefusalKind
{
    /// <summary>The input breaks a rule (too long, missing, out of range): shown on the form, 400.</summary>
    Invalid,
    /// <summary>The thing acted on does not exist, or not for this member: 404.</summary>
    NotFound,
    /// <summary>It exists but is not this member's to change (someone else's post): 403.</summary>
    Forbidden,
    /// <summary>The member has not earned this yet (a privilege, a level): shown with what unlocks it, 403.</summary>
    NotEarned,
    /// <summary>The thing's state does not allow it now (already decided, closed, out of stock): shown, 409.</summary>
    Conflict,
    /// <summary>Nothing wrong with the request; the forum cannot save anything now (its storage is full): 503, try later.</summary>
    Unavailable,
}

/// <summary>
/// A rule said no. <see cref="MessageKey"/> names a string in the web layer's resource files, formatted
/// with <see cref="Arguments"/>, so the same refusal reads correctly in Korean and English; <see cref="Kind"/>
/// says how it is answered.
/// </summary>
public sealed class DomainException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
    public RefusalKind Kind { get; private init; } = RefusalKind.Invalid;

    public static DomainException NotFound(string messageKey, params object[] arguments) => new(messageKey, arguments) { Kind = RefusalKind.NotFound };
    public static DomainException Forbidden(string messageKey, params object[] arguments) => new(messageKey, arguments) { Kind = RefusalKind.Forbidden };
    public static DomainException NotEarned(string messageKey, params object[] arguments) => new(messageKey, arguments) { Kind = RefusalKind.NotEarned };
    public static DomainException Conflict(string messageKey, params object[] arguments) => new(messageKey, arguments) { Kind = RefusalKind.Conflict };
    public static DomainException Unavailable(string messageKey, params object[] arguments) => new(messageKey, arguments) { Kind = RefusalKind.Unavailable };
}
