namespace Community.Core.Members;

/// <summary>The colours a member chose for the pages; no choice (null) follows their device's setting.</summary>
public enum ColorTheme
{
    Light = 1,
    Dark = 2,
}
