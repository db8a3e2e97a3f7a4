# label: benign family=web hard=0
from django.db import models
from django.utils import timezone


class Article(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    body = models.TextField()
    published = models.DateTimeField(default=timezone.now)
    draft = models.BooleanField(default=True)

    class Meta:
        ordering = ["-published"]

    def __str__(self):
        return self.title

    def publish(self):
        self.draft = False
        self.published = timezone.now()
        self.save(update_fields=["draft", "published"])
