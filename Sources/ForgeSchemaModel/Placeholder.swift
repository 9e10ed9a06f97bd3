// Placeholder so the target builds while its sources are written.
