namespace Community.Core;

/// <summary>
/// A rule said no. <see cref="MessageKey"/> names a string in the web layer's resource files, formatted
/// with <see cref="Arguments"/>, so the same refusal reads correctly in Korean and English.
/// </summary>
public sealed class DomainException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}
