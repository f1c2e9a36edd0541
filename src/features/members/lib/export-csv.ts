// Moved to src/shared/lib/export-csv.ts (the figures export CSV too); kept for the members' imports.
export * from '@/shared/lib/export-csv'
