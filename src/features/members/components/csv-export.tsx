// Moved to src/shared/components/csv-export.tsx (the figures export CSV too); kept for the members' imports.
export * from '@/shared/components/csv-export'
