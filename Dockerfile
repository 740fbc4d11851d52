# One image recipe for the API and the importer; docker-compose.yml builds each from its jar.
# Build the jars first: ./mvnw -DskipTests package
FROM eclipse-temurin:25-jre
ARG JAR
WORKDIR /app
COPY ${JAR} /app/app.jar
RUN useradd --system --uid 10001 tariffgraph
USER tariffgraph
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", "/app/app.jar"]
