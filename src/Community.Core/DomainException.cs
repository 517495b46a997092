namespace Community.Core;

/// <summary>
/// A rule said no. <see cref="MessageKey"/> names a string in the web layer's resource files,
/// so the same refusal reads correctly in Korean and English.
/// </summary>
public sealed class DomainException(string messageKey) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
}
