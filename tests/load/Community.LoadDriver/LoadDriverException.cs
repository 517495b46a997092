namespace Community.LoadDriver;

/// <summary>A run that cannot go on (sign-in refused, no form on the page): said in one line, not a stack trace.</summary>
public sealed class LoadDriverException(string message) : Exception(message);
