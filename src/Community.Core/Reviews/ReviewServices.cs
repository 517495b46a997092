using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Reviews;

public static class ReviewServices
{
    /// <summary>Product reviews: writing, ratings, helpful marks, the brand's response, verified owners.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services) => services
        .AddScoped<WriteReview>().AddScoped<ProductRatings>().AddScoped<MarkReviewHelpful>().AddScoped<RespondToReview>().AddScoped<MarkVerifiedOwners>()
        .AddScoped<Events.IDomainEventHandler<Products.ProductChanged>, Products.PushProductChangeLive>();
}
