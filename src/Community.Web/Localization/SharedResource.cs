namespace Community.Web;

/// <summary>Marker for Resources/SharedResource(.ko).resx: every UI string of the app lives there.</summary>
public sealed class SharedResource;
